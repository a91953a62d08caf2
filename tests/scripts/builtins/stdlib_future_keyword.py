# __future__ imports (annotations need not become strings) and the keyword module.
from __future__ import annotations
import __future__
import keyword


def f(x: int) -> str:
    return str(x)


print(f(3), __future__.annotations, __future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.compiler_flag, __future__.generator_stop)
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.iskeyword("match"),
      keyword.issoftkeyword("match"), keyword.issoftkeyword("for"))
print([w for w in ("async", "await", "None", "nonlocal", "self") if keyword.iskeyword(w)])
