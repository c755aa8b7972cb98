-- wrk script of bench/compare.sh, bench/batch.sh and bench/startup-memory.sh, and for use by hand:
--   wrk -t1 -c16 -d20s --latency -s bench/load.lua http://127.0.0.1:8080/api/v1/classifications -- bench/bodies/case-01.json
-- Arguments after "--":
--   FILE...        request bodies, POSTed as application/json in turn (none: GET the URL)
--   batch=N        instead, POST one batch {"items": [...]} of N items drawn from the FILEs in turn
--   max=N          stop after about N requests in all (each thread stops after its share)
--   accept=TYPE    send Accept: TYPE (bench/picture.sh: image/svg+xml for the timeline picture)
-- At the end it prints machine-readable totals ("load.<name> <value>") after wrk's own report.
local bodies = {}
local next_body = 0
local max_requests = 0
local accept = nil
local sent = 0
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  threads[#threads + 1] = thread
end

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

function init(args)
  local files = {}
  local batch = 0
  local thread_count = 1
  for _, arg in ipairs(args) do
    local key, value = arg:match("^(%a+)=(%d+)$")
    if arg:match("^accept=") then
      accept = arg:sub(8)
    elseif key == "batch" then
      batch = tonumber(value)
    elseif key == "max" then
      max_requests = tonumber(value)
    elseif key == "threads" then
      thread_count = tonumber(value)
    else
      files[#files + 1] = read_file(arg)
    end
  end
  if max_requests > 0 then
    max_requests = math.ceil(max_requests / thread_count)
  else
    response = nil -- without a count to keep, wrk need not hand the answers to Lua
  end
  if batch > 0 then
    assert(#files > 0, "batch=N needs request bodies")
    local items = {}
    for i = 1, batch do
      items[i] = files[((i - 1) % #files) + 1]
    end
    bodies[1] = '{"items":[' .. table.concat(items, ",") .. ']}'
  else
    bodies = files
  end
  next_body = (offset or 0) * 7
end

function request()
  sent = sent + 1
  if #bodies == 0 then
    return wrk.format("GET")
  end
  next_body = next_body + 1
  local headers = { ["Content-Type"] = "application/json" }
  if accept then
    headers["Accept"] = accept
  end
  return wrk.format("POST", nil, headers, bodies[(next_body % #bodies) + 1])
end

function response(status, headers, body)
  if max_requests > 0 and sent >= max_requests then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("load.requests %d\n", summary.requests))
  io.write(string.format("load.duration_us %d\n", summary.duration))
  io.write(string.format("load.rate %.1f\n", summary.requests / summary.duration * 1e6))
  io.write(string.format("load.status_errors %d\n", e.status))
  io.write(string.format("load.socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("load.latency_p%s_us %d\n", p, latency:percentile(p)))
  end
  io.write(string.format("load.latency_max_us %d\n", latency.max))
end
