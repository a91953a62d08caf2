import helper_pkg
print(helper_pkg.PKG)
import helper_pkg.tools
print(helper_pkg.tools.double(21), helper_pkg.tools.NAME)
import helper_pkg.tools as t
print(t.double(5), t is helper_pkg.tools)
from helper_pkg.sub.deep import quadruple
print(quadruple(3))
from helper_pkg import tools
print(tools.double("ab"))
