$empty echo ran
