render valid.json --to html --lang ja
