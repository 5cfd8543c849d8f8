mkdir t && cd t || exit
mkdir -p real/sub; touch real/sub/f real/g
ln -s real link
ln -s real/sub/f flink
shopt -s globstar
echo 1 **
echo 2 **/f
echo 3 link/**
echo 4 **/
