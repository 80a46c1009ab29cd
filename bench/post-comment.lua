-- wrk script: every request posts a new comment to one story through the JSON API.
-- Each wrk thread seeds its own random numbers so that no two comments are the same comment.
-- Each comment comes from one of 65,536 readers behind a proxy (X-Forwarded-For, which the server
-- honours from its trusted proxy 127.0.0.1), as a busy story's readers would post: screening's
-- per-reader flood limit then holds what it would hold in real life, not every comment. Each
-- reader posts under a name of their own.
local counter = 0
local article = os.getenv("ARTICLE_ID") or "1"
local salt = 0

init = function(args)
  salt = tonumber(tostring({}):match("0x(%x+)"), 16) % 1000000
  math.randomseed(salt)
end

request = function()
  counter = counter + 1
  local a, b, c = math.random(0, 255), math.random(0, 255), math.random(1, 254)
  local body = string.format(
    '{"name":"Load reader %d-%d-%d","text":"Comment %d-%d-%d: bijli ka bill phir barh gaya."}',
    a, b, c, salt, counter, math.random(1000000000))
  local reader = string.format("10.%d.%d.%d", a, b, c)
  return wrk.format("POST", "/api/v1/articles/" .. article .. "/comments",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = reader}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("non-2xx %d\n", summary.errors.status))
  io.write(string.format("p99-ms %.2f\n", latency:percentile(99) / 1000))
end
