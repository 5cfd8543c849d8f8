echo ${nope?custom message}
