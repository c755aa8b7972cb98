-- wrk script of bench/soak.sh: POSTs the request bodies given after "--" in turn (each thread starts at its
-- own offset), and prints machine-readable totals at the end.
local bodies = {}
local next_body = 0
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  for _, path in ipairs(args) do
    local file = assert(io.open(path, "rb"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
  if #bodies == 0 then
    error("no request bodies: pass the files after --")
  end
  next_body = (offset or 0) * 7
end

function request()
  next_body = next_body + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[(next_body % #bodies) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("soak.requests %d\n", summary.requests))
  io.write(string.format("soak.duration_us %d\n", summary.duration))
  io.write(string.format("soak.status_errors %d\n", e.status))
  io.write(string.format("soak.socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("soak.latency_p%s_us %d\n", p, latency:percentile(p)))
  end
  io.write(string.format("soak.latency_max_us %d\n", latency.max))
end
