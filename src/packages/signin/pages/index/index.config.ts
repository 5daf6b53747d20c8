export default definePageConfig({
  navigationBarTitleText: '每日签到',
  enablePullDownRefresh: true,
  backgroundColor: '#19a35b',
  backgroundTextStyle: 'light',
})
