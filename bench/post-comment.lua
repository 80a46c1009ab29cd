-- wrk script: every request posts a new comment to one story through the JSON API.
-- Each wrk thread seeds its own random numbers so that no two comments are the same comment.
local counter = 0
local article = os.getenv("ARTICLE_ID") or "1"
local salt = 0

init = function(args)
  salt = tonumber(tostring({}):match("0x(%x+)"), 16) % 1000000
  math.randomseed(salt)
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"Load reader %d","text":"Comment %d-%d-%d: bijli ka bill phir barh gaya."}',
    counter % 500, salt, counter, math.random(1000000000))
  return wrk.format("POST", "/api/v1/articles/" .. article .. "/comments",
    {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("non-2xx %d\n", summary.errors.status))
  io.write(string.format("p99-ms %.2f\n", latency:percentile(99) / 1000))
end
