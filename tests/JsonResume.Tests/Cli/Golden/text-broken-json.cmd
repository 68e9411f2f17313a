validate trailing-comma.json truncated.json empty.json binary.json utf16.json
