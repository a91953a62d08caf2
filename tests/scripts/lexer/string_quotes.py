print('single', "double")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('''triple single
spanning lines''')
print("""triple double with "quotes" inside and 'single' too""")
print("""\
no leading newline""")
print(len(""), len(''), len(""""""))
print(repr('a\
b'))
print("abc" 'def' """ghi""")
