print(r"C:\new\table", R'\x41')
print(len(r"\n"), len("\n"))
print(r"a\"b")
print(repr(r"\\"))
print(rb"\x00" == b"\\x00")
print(r"""raw
\t triple""")
print(Rb'\d+', bR'\s')
