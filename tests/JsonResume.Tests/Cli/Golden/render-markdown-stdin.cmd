render - --to markdown
< valid.json
