-- wrk request generator for bench/run.sh. MODE=byid asks for random project ids 1..N;
-- MODE=list asks for a random stage + industry page of 20 (with its total count);
-- MODE=stats asks for this year's indicators (GET /api/v1/stats/pipeline).
local mode = os.getenv("MODE") or "byid"
local n = tonumber(os.getenv("N") or "100000")
local auth = "Bearer " .. (os.getenv("TOKEN") or "")
local stages = {}
for s in string.gmatch(os.getenv("STAGES") or "CONSTRUCTION", "[^,]+") do stages[#stages + 1] = s end
local industries = {}
for s in string.gmatch(os.getenv("INDUSTRIES") or "GLASS", "[^,]+") do industries[#industries + 1] = s end

function setup(thread)
  thread:set("id", math.random(1, 1000000))
end

function init(args)
  math.randomseed(os.time() + (id or 0))
end

request = function()
  local path
  if mode == "byid" then
    path = "/api/v1/projects/" .. math.random(1, n)
  elseif mode == "stats" then
    path = "/api/v1/stats/pipeline"
  else
    path = "/api/v1/projects?stage=" .. stages[math.random(#stages)]
        .. "&industry=" .. industries[math.random(#industries)] .. "&size=20"
  end
  return wrk.format("GET", path, { ["Authorization"] = auth, ["Accept"] = "application/json" })
end
