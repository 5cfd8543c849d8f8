false && echo a || echo b; true && false || echo c
