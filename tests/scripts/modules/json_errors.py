import json
for text in ['{"a": 1', "[1, 2,]", "{'single': 1}", "", "nul", '{"a" 1}', "[1] extra", '"unterminated', "01"]:
    try:
        json.loads(text)
        print("parsed", repr(text))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, isinstance(e, ValueError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.dumps(object)
except TypeError as e:
    print(e)
