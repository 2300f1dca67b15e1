# A small stack-based virtual machine with a compiler from a tiny language
def compile_src(src):
    code, labels, fixups = [], {}, []
    for line in src.strip().splitlines():
        parts = line.split()
        if not parts or parts[0].startswith(';'):
            continue
        if parts[0].endswith(':'):
            labels[parts[0][:-1]] = len(code)
            continue
        op, *args = parts
        if op in ('jmp', 'jz'):
            fixups.append((len(code), args[0]))
            code.append([op, None])
        else:
            code.append([op] + [int(a) if a.lstrip('-').isdigit() else a for a in args])
    for idx, label in fixups:
        code[idx][1] = labels[label]
    return code
def run(code, trace=False):
    stack, env, pc, out, steps = [], {}, 0, [], 0
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == 'push': stack.append(args[0])
        elif op == 'load': stack.append(env[args[0]])
        elif op == 'store': env[args[0]] = stack.pop()
        elif op in ('add', 'sub', 'mul', 'mod', 'lt'):
            b, a = stack.pop(), stack.pop()
            stack.append({'add': a + b, 'sub': a - b, 'mul': a * b, 'mod': a % b, 'lt': int(a < b)}[op])
        elif op == 'jmp': pc = args[0]
        elif op == 'jz':
            if stack.pop() == 0: pc = args[0]
        elif op == 'print': out.append(stack.pop())
        elif op == 'halt': break
        else: raise ValueError(f'unknown op {op}')
    return out, steps, env
FACT = '''
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
'''
FIZZ = '''
    push 1
    store i
top:
    load i
    push 16
    lt
    jz done
    load i
    push 15
    mod
    jz fb
    load i
    print
    jmp next
fb:
    push -15
    print
next:
    load i
    push 1
    add
    store i
    jmp top
done:
    halt
'''
print(run(compile_src(FACT)))
out, steps, env = run(compile_src(FIZZ))
print(out, steps, env)
try:
    run([['bogus']])
except ValueError as e:
    print('ValueError', e)
