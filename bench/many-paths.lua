-- wrk script: every request asks for one of many addresses, read from the file named by PATHS
-- (one path a line), in an order of its own per wrk thread, so that no cache holds them all.
local paths = {}
local next_index = 1

init = function(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  local salt = tonumber(tostring({}):match("0x(%x+)"), 16) % 1000000
  math.randomseed(salt)
  next_index = math.random(#paths)
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx %d\n", summary.errors.status))
end
