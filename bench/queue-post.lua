-- wrk script for bench/queue.sh: posts comments through the JSON API as COMMENTERS readers (each
-- with a name and an address of their own, behind the trusted proxy 127.0.0.1), spread over the
-- stories 1..STORIES, and stops once TOTAL comments are posted (shared among wrk's threads). A
-- share HELD_PERCENT of the texts has a suspect word, which screening holds for a moderator.
local stories = tonumber(os.getenv("STORIES") or "200")
local commenters = tonumber(os.getenv("COMMENTERS") or "2000")
local total = tonumber(os.getenv("TOTAL") or "10000")
local held = tonumber(os.getenv("HELD_PERCENT") or "0")
local threads = tonumber(os.getenv("THREADS") or "2")
local quota = math.ceil(total / threads)
local counter, answered, salt = 0, 0, 0

init = function(args)
  salt = tonumber(tostring({}):match("0x(%x+)"), 16) % 1000000
  math.randomseed(salt)
end

request = function()
  counter = counter + 1
  local who = math.random(1, commenters)
  local word = math.random(1, 100) <= held and "a stupid plan" or "a fair point"
  local body = string.format('{"name":"Reader %04d","text":"Comment %d-%d: %s about the bijli bill, %d."}',
    who, salt, counter, word, math.random(1000000000))
  return wrk.format("POST", "/api/v1/articles/" .. math.random(1, stories) .. "/comments",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = string.format("10.9.%d.%d", math.floor(who / 250), who % 250 + 1)}, body)
end

response = function(status, headers, body)
  answered = answered + 1
  if answered >= quota then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  io.write(string.format("posted %d (non-2xx %d)\n", summary.requests, summary.errors.status))
end
