print("before")
raise BaseException("base")
