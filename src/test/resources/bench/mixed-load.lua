-- wrk script for the mixed-load benchmark: cycles through the request paths of one call kind (given as
-- arguments after --) and counts transport errors and answers with return code 9 per thread.
local paths = {}
local counter = 0
nines = 0
answered = 0
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   for i, path in ipairs(args) do
      paths[i] = path
   end
end

function request()
   counter = counter + 1
   local path = paths[(counter % #paths) + 1]
   return wrk.format("GET", path, { ["x-api-key"] = wrk.headers["x-api-key"] })
end

function response(status, headers, body)
   answered = answered + 1
   if string.find(body, '"return_code":9,', 1, true) then
      nines = nines + 1
   end
end

function done(summary, latency, requests)
   local total_nines = 0
   local total_answered = 0
   for _, thread in ipairs(threads) do
      total_nines = total_nines + thread:get("nines")
      total_answered = total_answered + thread:get("answered")
   end
   io.write(string.format("answered %d\n", total_answered))
   io.write(string.format("code9 %d\n", total_nines))
   io.write(string.format("transport_errors %d\n", summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
   io.write(string.format("non2xx %d\n", summary.errors.status))
   io.write(string.format("p50_ms %.2f\n", latency:percentile(50) / 1000))
   io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
   io.write(string.format("rps %.1f\n", summary.requests / (summary.duration / 1000000)))
end
