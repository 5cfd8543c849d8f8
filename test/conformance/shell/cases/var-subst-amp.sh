s=hello; echo ${s//l/<&>}
