settings = {"debug": True, "level": }
print(settings)
