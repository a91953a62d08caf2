print("helper_pkg init")
PKG = "package level"
