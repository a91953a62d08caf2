print(bytes(), bytes(4), bytes([0, 255]), bytes("é", "utf-8"), bytes(range(65, 68)), bytes(b"copy"))
try:
    bytes("no encoding")
except TypeError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
print(bytearray(3), bytearray(b"ab") + b"c", bytes(bytearray(b"z")))
