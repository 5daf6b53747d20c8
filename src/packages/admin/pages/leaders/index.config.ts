export default definePageConfig({ navigationBarTitleText: '团长管理' })
