try:
    raise SystemExit(7)
finally:
    print("finally before exit")
