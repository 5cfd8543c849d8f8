mkdir -p d1/s d2; touch d1/f; echo d*/; echo d1/*
