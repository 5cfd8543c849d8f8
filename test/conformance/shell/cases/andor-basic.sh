true && echo yes; false && echo no; false || echo fallback; true || echo never
