def run(exc):
    log = []
    try:
        log.append("try")
        if exc:
            raise exc
    except ValueError:
        log.append("except ValueError")
    except (TypeError, KeyError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(None))
print(run(ValueError))
print(run(TypeError("t")))
print(run(KeyError))
try:
    run(IndexError)
except IndexError:
    print("IndexError escaped after finally")
try:
    pass
finally:
    print("try/finally only")
try:
    raise ValueError("v")
except Exception as e:
    print("caught by base class", type(e).__name__)
e = "outer"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("except target deleted:", err)
