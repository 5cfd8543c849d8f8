s='héllo'; echo ${#s}
