# float.__format__ on float subclasses: an empty spec gives str(self), errors name the subclass.
class F(float):
    def __str__(self): return "F-str"
class G(float):
    def __repr__(self): return "G-repr"
for v in (F(1.5), G(2.5), 3.5):
    print(format(v), f"{v}", "{}".format(v), float.__format__(v, ''), format(v, '.2f'), f"{v:>8}")
try: format(F(1.0), 'z9q')
except ValueError as e: print(e)
