printf '%q\n' 'plain'
