import helper_mod
def use():
    return helper_mod.bump()
NAME = __name__
public = 1
_hidden = 2
