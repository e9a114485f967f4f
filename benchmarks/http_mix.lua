-- wrk script for benchmarks/http.py's load run: the paths in $PATHS (comma-separated),
-- requested in turn by each connection's thread, so every path gets its share.
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/healthz/", "[^,]+") do
  paths[#paths + 1] = path
end
local next_index = 1

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
