-- wrk script: every request asks for one of many addresses, read from the file named by PATHS
-- (one path a line). The threads walk the list from evenly spread places, from a random start
-- each run, so that within a run no address comes twice before the whole list has been asked
-- for: with 3,000 story pages, no page is asked for again while the server still holds it.
-- PAUSE_MS, when set, makes each connection wait that long between its requests: a paced load
-- whose latency is the server's time to answer, not the queue of a saturating one.
local threads = {}
local paths = {}
local next_index = 1

setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

init = function(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  math.randomseed(tonumber(os.getenv("SEED") or os.time()))
  local start = math.random(#paths)
  next_index = (start + math.floor(id * #paths / (tonumber(os.getenv("THREADS")) or 2))) % #paths + 1
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

local pause = tonumber(os.getenv("PAUSE_MS") or "0")
if pause > 0 then
  delay = function()
    return pause
  end
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx %d\n", summary.errors.status))
end
