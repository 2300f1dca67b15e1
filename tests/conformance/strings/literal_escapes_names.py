# Escapes in str literals: \U out of range, lone surrogates, \N{...} with any name, alias or case.
for src in [r"'\Ufffffffe'", r"'\U00110000'", r"'\U0000d800'", r"'\ud800'", r"'\N{CANCEL TAG}'", r"'\N{cancel tag}'", r"'\N{LATIN SMALL LETTER A WITH GRAVE}'",
            r"'\N{HANGUL SYLLABLE GAG}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", r"'\N{NO SUCH}'", r"'\N{BOM}'", r"'\N{EGYPTIAN HIEROGLYPH A001}'", r"'\N{DIGIT ONE'"]:
    try: print(src, ascii(eval(src)))
    except SyntaxError as e: print(src, 'SyntaxError', e.msg)
