d = {"key": "value", 'k2': 2}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {d['k2']}""")
print(f'''{"it's"}''')
print(f"a{'b'}c{'d'}e")
print(f"{'nested'!r:>12}")
