from helper_pkg.tools import double
def quadruple(x):
    return double(double(x))
