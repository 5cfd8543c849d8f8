echo first
echo )
