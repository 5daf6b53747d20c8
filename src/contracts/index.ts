// TEMPORARY placeholder written by the client-shell task; the contracts owner replaces it
// with the registry `contracts = { member, points, coupon, signin, ... }`.
export const contracts = {}
