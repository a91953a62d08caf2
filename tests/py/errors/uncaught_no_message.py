print("raising")
raise IndexError
