s=hello; echo ${s^} ${s^^} ${s,} ; t=WORLD; echo ${t,,} ${t,}
