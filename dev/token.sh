#!/usr/bin/env bash
# Prints a bearer token for the dev profile (./mvnw quarkus:dev), signed with the dev-only key in
# dev/jwt. Production never trusts this key: its profile reads mp.jwt.verify.* from the environment.
#
#   ./dev/token.sh ROLE [unit_code] [leader_id] [subject]
#   ./dev/token.sh project-office
#   ./dev/token.sh unit FGJ
#   ./dev/token.sh leader "" 1
#
# Roles: admin, project-office, investment-bureau, unit, leader, reader. Valid for 12 hours.
set -euo pipefail
role=${1:?usage: dev/token.sh ROLE [unit_code] [leader_id] [subject]}
unit=${2:-}
leader=${3:-}
subject=${4:-dev-${role}}
here=$(cd "$(dirname "$0")" && pwd)

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
claims="\"iss\":\"https://dev.district.local\",\"aud\":\"district-investment\",\"sub\":\"${subject}\",\"upn\":\"${subject}@dev.district.local\",\"groups\":[\"${role}\"],\"iat\":${now},\"exp\":$((now + 43200))"
[ -n "$unit" ] && claims+=",\"unit_code\":\"${unit}\""
[ -n "$leader" ] && claims+=",\"leader_id\":\"${leader}\""

header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{%s}' "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$here/jwt/private.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
