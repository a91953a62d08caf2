class E(Exception):
    def __str__(self):
        return "__str__ works"
raise E()
