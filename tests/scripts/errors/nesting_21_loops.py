# 21 nested for loops: too many statically nested blocks (limit 20)
for i0 in [0]:
    for i1 in [0]:
        for i2 in [0]:
            for i3 in [0]:
                for i4 in [0]:
                    for i5 in [0]:
                        for i6 in [0]:
                            for i7 in [0]:
                                for i8 in [0]:
                                    for i9 in [0]:
                                        for i10 in [0]:
                                            for i11 in [0]:
                                                for i12 in [0]:
                                                    for i13 in [0]:
                                                        for i14 in [0]:
                                                            for i15 in [0]:
                                                                for i16 in [0]:
                                                                    for i17 in [0]:
                                                                        for i18 in [0]:
                                                                            for i19 in [0]:
                                                                                for i20 in [0]:
                                                                                    pass
print('not reached')
