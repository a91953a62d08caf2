tests = ["", " ", "abc", "ABC", "Abc", "123", "1.5", "-1", "a1", "١٢٣", "Ⅷ", "é", "\t", "A B", "_x"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
