kill -l | head -2
