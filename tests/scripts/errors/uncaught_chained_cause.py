def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise RuntimeError("config missing") from e
print("loading")
load()
