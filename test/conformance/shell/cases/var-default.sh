echo ${u:-def} ${u-def2}; e=; echo "${e:-empty}" "${e-set}"
