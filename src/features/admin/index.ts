/**
 * Admin feature: the merchant console's screens, imported by the admin subpackage's pages
 * directly (src/packages/admin), so none of it reaches the main package.
 */
export { callAdmin } from './api/call-admin'
