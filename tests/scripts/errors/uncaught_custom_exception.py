class AppError(Exception):
    def __str__(self):
        return "custom str: " + str(self.args[0])
print("start")
raise AppError("boom")
